/**
 * 不留空白、消除死角: whether the responsibility areas cover what they must — cadres each township, district leaders
 * the district, sanitation contractors their contract area — with gaps, overlaps and slivers, villages without a
 * cadre and road length without a department; and the one-step fixes. Pure; runs on any thread on an immutable
 * {@link rectimap.model.Project}.
 */
package rectimap.campaign.coverage;
