using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>A section title that never ends a page alone.</summary>
internal sealed class SectionHeading(string title, bool sub = false) : IComponent
{
    public void Compose(IContainer container) =>
        container.KeepWithNext().PaddingTop(sub ? 4 : 10).PaddingBottom(2)
            .Text(title, sub ? Typography.SubHeading : Typography.SectionHeading);
}
