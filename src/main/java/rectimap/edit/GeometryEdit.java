package rectimap.edit;

/** What kind of geometry change a {@link ReplaceGeometryCommand} records, for its step name. */
public enum GeometryEdit {
    /** Vertices dragged, inserted or deleted ("编辑节点"). */
    VERTICES("编辑节点"),
    /** The whole feature dragged ("移动"). */
    MOVE("移动"),
    /** Redrawn or replaced by typed coordinates ("修改形状"). */
    RESHAPE("修改形状");

    private final String verbZh;

    GeometryEdit(String verbZh) {
        this.verbZh = verbZh;
    }

    public String verbZh() {
        return verbZh;
    }
}
