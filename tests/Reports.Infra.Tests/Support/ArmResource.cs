using System.Text.Json.Nodes;

namespace Reports.Infra.Tests.Support;

/// <summary>A resource of a compiled ARM template, with its Bicep symbolic name when the template keeps one.</summary>
internal sealed record ArmResource(string? SymbolicName, JsonObject Json)
{
    public string Type => (string)Json["type"]!;

    public string Name => (string)Json["name"]!;

    /// <summary>Bicep 'existing' references appear as resources in symbolic-name templates; they deploy nothing.</summary>
    public bool IsExisting => Json["existing"]?.GetValue<bool>() ?? false;

    /// <summary>The deployment condition expression, or null for an unconditional resource.</summary>
    public string? Condition => (string?)Json["condition"];

    public JsonNode? Properties => Json["properties"];

    /// <summary>Follows a dotted path such as "properties.siteConfig.minTlsVersion".</summary>
    public JsonNode? At(string path) => path.Split('.').Aggregate<string, JsonNode?>(Json, (node, key) => node?[key]);

    /// <summary>A value as text: strings as they are, numbers and booleans in JSON spelling ("true", "40").</summary>
    public string? StringAt(string path) => Text(At(path));

    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public override string ToString() => $"{SymbolicName ?? Name} ({Type})";
}
