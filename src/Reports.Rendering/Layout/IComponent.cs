namespace Reports.Rendering.Layout;

/// <summary>A reusable piece of a document (a section, a table) that fills the container it is given.</summary>
internal interface IComponent
{
    void Compose(IContainer container);
}
