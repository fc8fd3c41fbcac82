package rectimap.campaign.sample;

/** The six levels of the campaign's road network, with their rank (1 = highest) as stored in {@code level_rank}. */
enum RoadLevel {
    EXPRESSWAY("高速公路", 1),
    NATIONAL("国道", 2),
    PROVINCIAL("省道", 3),
    COUNTY("县道", 4),
    TOWNSHIP("乡道", 5),
    VILLAGE("村道", 6);

    private final String label;
    private final int rank;

    RoadLevel(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** The Chinese level name stored in the {@code level} column. */
    String label() {
        return label;
    }

    int rank() {
        return rank;
    }
}
