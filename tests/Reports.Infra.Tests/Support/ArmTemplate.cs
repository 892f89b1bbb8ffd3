using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reports.Infra.Tests.Support;

/// <summary>
/// Read-only view of a compiled ARM template and of the module deployments nested in it. Handles both
/// shapes Bicep emits: a resources array, and the languageVersion 2.0 object keyed by symbolic name.
/// </summary>
internal sealed partial class ArmTemplate(JsonObject root)
{
    public JsonObject Root => root;

    public IReadOnlyList<ArmResource> Resources { get; } = ReadResources(root["resources"]);

    /// <summary>Resources this template deploys itself (not 'existing' references, not nested modules' contents).</summary>
    public IEnumerable<ArmResource> Declared => Resources.Where(r => !r.IsExisting);

    public IEnumerable<ArmResource> Modules => Declared.Where(r => r.Type == "Microsoft.Resources/deployments");

    public JsonObject Parameters => root["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => root["outputs"]?.AsObject() ?? [];

    public JsonObject Variables => root["variables"]?.AsObject() ?? [];

    public IEnumerable<ArmResource> OfType(string type) => Declared.Where(r => r.Type.Equals(type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type}, found {matches.Count}.");
    }

    public static ArmTemplate Nested(ArmResource module) =>
        new(module.At("properties.template")?.AsObject()
            ?? throw new InvalidOperationException($"{module} has no inline template."));

    /// <summary>The one module whose template declares a resource of the given type.</summary>
    public (ArmResource Module, ArmTemplate Template) ModuleDeclaring(string type)
    {
        var matches = Modules
            .Select(m => (Module: m, Template: Nested(m)))
            .Where(m => m.Template.OfType(type).Any())
            .ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one module declaring {type}, found {matches.Count}.");
    }

    /// <summary>The raw argument a module call passes for one of the module's parameters.</summary>
    public static JsonNode? Argument(ArmResource module, string parameter) =>
        module.At($"properties.parameters.{parameter}.value");

    /// <summary>
    /// A module argument with top-level parameters('x') references replaced by this template's default values:
    /// what the module receives when azd passes nothing for x.
    /// </summary>
    public JsonNode? ResolveArgument(ArmResource module, string parameter) => ResolveDefaults(Argument(module, parameter));

    public JsonNode? ResolveDefaults(JsonNode? node) => node switch
    {
        JsonArray array => new JsonArray(array.Select(item => ResolveDefaults(item)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) && WholeParameterReference().Match(text) is { Success: true } m
            => Parameters[m.Groups["name"].Value]?["defaultValue"]?.DeepClone(),
        _ => node?.DeepClone(),
    };

    /// <summary>Replaces variables('v').key references by the literal values in this template's variables.</summary>
    public string InlineVariables(string expression) =>
        VariableMemberReference().Replace(expression, m =>
            Variables[m.Groups["variable"].Value]?[m.Groups["member"].Value]?.GetValue<string>() is { } value
                ? $"'{value}'"
                : m.Value);

    private static List<ArmResource> ReadResources(JsonNode? resources) => resources switch
    {
        JsonArray array => array.Select(r => new ArmResource(null, r!.AsObject())).ToList(),
        JsonObject symbolic => symbolic.Select(kv => new ArmResource(kv.Key, kv.Value!.AsObject())).ToList(),
        _ => [],
    };

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex WholeParameterReference();

    [GeneratedRegex(@"variables\('(?<variable>[^']+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMemberReference();
}
