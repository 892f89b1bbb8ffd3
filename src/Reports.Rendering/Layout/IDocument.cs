namespace Reports.Rendering.Layout;

/// <summary>A whole document: its metadata and the page template with its content.</summary>
internal interface IDocument
{
    DocumentMetadata Metadata { get; }

    void Compose(PageDescriptor page);
}
