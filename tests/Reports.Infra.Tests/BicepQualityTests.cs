using System.Text.Json.Nodes;
using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

/// <summary>The Bicep compiles and lints clean, with every linter rule switched on.</summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class BicepQualityTests(CompiledInfra infra)
{
    /// <summary>
    /// Every linter rule code of Bicep 0.49.2 (src/Bicep.Core/Analyzers/Linter/Rules). When the CLI version
    /// in the project file moves, compare this with the new release's rules and add them to bicepconfig.json.
    /// </summary>
    private static readonly string[] KnownRules =
    [
        "adminusername-should-not-be-literal", "artifacts-parameters", "decompiler-cleanup",
        "explicit-values-for-loc-params", "max-asserts", "max-outputs", "max-params", "max-resources",
        "max-variables", "nested-deployment-template-scoping", "no-conflicting-metadata",
        "no-deployments-resources", "no-explicit-any", "no-hardcoded-env-urls", "no-hardcoded-location",
        "no-hardcoded-outputs", "no-loc-expr-outside-params", "no-module-name", "no-unnecessary-dependson",
        "no-unused-existing-resources", "no-unused-imports", "no-unused-params", "no-unused-types",
        "no-unused-vars", "outputs-should-not-contain-secrets", "prefer-interpolation",
        "prefer-unquoted-property-names", "protect-commandtoexecute-secrets", "secure-parameter-default",
        "secure-params-in-nested-deploy", "secure-params-in-parameters-file", "secure-secrets-in-params",
        "simplify-interpolation", "simplify-json-null", "stacks-extensibility-compat",
        "use-description-outputs", "use-description-params", "use-description-type-properties",
        "use-description-types", "use-description-vars", "use-parent-property", "use-recent-api-versions",
        "use-recent-az-powershell-version", "use-recent-module-versions", "use-recognized-resource-type",
        "use-resource-id-functions", "use-resource-symbol-reference", "use-safe-access",
        "use-secure-value-for-secure-inputs", "use-stable-resource-identifiers", "use-stable-vm-image",
        "use-user-defined-types", "what-if-short-circuiting",
    ];

    [Fact]
    public void Build_succeeds_without_warnings()
    {
        Assert.True(infra.Build.ExitCode == 0, infra.Build.Transcript);
        Assert.True(infra.Build.WarningsAndErrors.Count == 0, string.Join(Environment.NewLine, infra.Build.WarningsAndErrors));
        Assert.Equal(string.Empty, infra.Build.StandardError.Trim());
    }

    [Fact]
    public void Lint_reports_nothing()
    {
        Assert.True(infra.Lint.ExitCode == 0, infra.Lint.Transcript);
        Assert.True(infra.Lint.WarningsAndErrors.Count == 0, string.Join(Environment.NewLine, infra.Lint.WarningsAndErrors));
        Assert.Equal(string.Empty, (infra.Lint.StandardOutput + infra.Lint.StandardError).Trim());
    }

    [Fact]
    public void Bicepconfig_turns_every_linter_rule_into_a_warning_or_an_error()
    {
        var rules = JsonNode.Parse(File.ReadAllText(RepositoryFolder.Combine("infra", "bicepconfig.json")))!["analyzers"]!["core"]!;
        Assert.NotEqual(false, rules["enabled"]?.GetValue<bool>());

        var levels = rules["rules"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string)kv.Value!["level"]!);
        Assert.Equal(KnownRules.Order(StringComparer.Ordinal), levels.Keys.Order(StringComparer.Ordinal));
        Assert.All(levels, kv => Assert.True(kv.Value is "warning" or "error", $"{kv.Key} is '{kv.Value}'"));
    }

    /// <summary>Proves the lint check can fail: the same config and CLI flag a template with an unused parameter.</summary>
    [Fact]
    public async Task Lint_check_catches_a_violation()
    {
        var folder = Directory.CreateTempSubdirectory("reports-infra-lint-");
        try
        {
            File.Copy(RepositoryFolder.Combine("infra", "bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var file = Path.Combine(folder.FullName, "bad.bicep");
            await File.WriteAllTextAsync(file, "@description('Never used.')\nparam unused string\n");

            var run = await BicepCli.RunAsync(["lint", file], CancellationToken.None);

            var diagnostic = Assert.Single(run.WarningsAndErrors);
            Assert.Equal("no-unused-params", diagnostic.Code);
            Assert.Equal(2, diagnostic.Line);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
