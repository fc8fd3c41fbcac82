package rectimap.print;

/**
 * One feature on a photo page: its heading (layer and name) and its 整改前 and 整改后 photos side by side; a side
 * without a photo (null) is printed as an empty frame saying so.
 */
public record EvidenceRow(String heading, EvidencePhoto before, EvidencePhoto after) {
}
