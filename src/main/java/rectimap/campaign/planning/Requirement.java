package rectimap.campaign.planning;

/** Whether a field must be filled in (the form marks it) or may stay empty. */
public enum Requirement {
    REQUIRED, OPTIONAL
}
