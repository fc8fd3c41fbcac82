package rectimap.ui.edit;

/** Why the attribute form is open: a feature just drawn ("新建 责任区") or an existing one ("编辑 责任区"). */
public enum FormPurpose {
    NEW, EDIT
}
