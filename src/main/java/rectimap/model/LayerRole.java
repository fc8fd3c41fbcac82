package rectimap.model;

/** Whether a layer is reference data (read-only in the editor) or a planning layer the campaign draws on. */
public enum LayerRole {
    REFERENCE, PLANNING
}
