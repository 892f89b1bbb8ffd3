using System.Text.RegularExpressions;

namespace Reports.Infra.Tests.Support;

/// <summary>
/// The few fields of azure.yaml the tests check. Read with patterns rather than a YAML library: the file is
/// small, ours, and has a single service.
/// </summary>
internal sealed partial record AzureYaml(string Name, string ServiceName, string Project, string Language, string Host, string InfraPath)
{
    public static AzureYaml Read()
    {
        var text = File.ReadAllText(RepositoryFolder.Combine("azure.yaml"));
        var service = ServiceBlock().Match(text);
        if (!service.Success)
        {
            throw new InvalidOperationException("azure.yaml has no services block with a service in it.");
        }

        return new AzureYaml(
            TopLevel(text, "name"),
            service.Groups["name"].Value,
            Field(service.Groups["body"].Value, "project"),
            Field(service.Groups["body"].Value, "language"),
            Field(service.Groups["body"].Value, "host"),
            Field(InfraBlock().Match(text).Groups["body"].Value, "path"));
    }

    private static string TopLevel(string text, string key) =>
        Regex.Match(text, $@"^{key}:\s*(?<value>\S+)\s*$", RegexOptions.Multiline).Groups["value"].Value;

    private static string Field(string block, string key) =>
        Regex.Match(block, $@"^\s+{key}:\s*(?<value>\S+)\s*$", RegexOptions.Multiline).Groups["value"].Value;

    [GeneratedRegex(@"^services:\s*\n\s{2}(?<name>[\w-]+):\s*\n(?<body>(?:\s{4}.*\n?)+)", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@"^infra:\s*\n(?<body>(?:\s{2}.*\n?)+)", RegexOptions.Multiline)]
    private static partial Regex InfraBlock();
}
