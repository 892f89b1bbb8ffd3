using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

/// <summary>azure.yaml, main.parameters.json and the template's outputs fit together the way azd uses them.</summary>
[Collection(CompiledInfraCollection.Name)]
public sealed partial class AzdConfigurationTests(CompiledInfra infra)
{
    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_a_function_app()
    {
        var yaml = AzureYaml.Read();

        Assert.Equal("flow-reports", yaml.Name);
        Assert.Equal("functions", yaml.ServiceName);
        Assert.Equal("./src/Reports.Functions", yaml.Project);
        Assert.Equal("dotnet", yaml.Language);
        Assert.Equal("function", yaml.Host);
        Assert.Equal("infra", yaml.InfraPath);
    }

    [Fact]
    public void Template_is_subscription_scoped_and_creates_its_resource_group()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)infra.Main.Root["$schema"], StringComparison.Ordinal);
        var group = infra.Main.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[parameters('location')]", group.StringAt("location"));
    }

    [Fact]
    public void Every_resource_is_tagged_with_the_azd_environment()
    {
        var tags = infra.Main.Variables["tags"]!.AsObject();
        Assert.Equal("[parameters('environmentName')]", (string?)tags["azd-env-name"]);

        var group = infra.Main.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[variables('tags')]", group.StringAt("tags"));
        // Every module that can tag (all but rbac: role assignments take no tags) gets the same tags.
        var taggable = infra.Main.Modules.Where(m => ArmTemplate.Nested(m).Parameters["tags"] is not null).ToList();
        Assert.Equal(6, taggable.Count);
        Assert.All(taggable, m => Assert.Equal("[variables('tags')]", ArmResource.Text(ArmTemplate.Argument(m, "tags"))));
    }

    [Fact]
    public void Names_share_one_token_of_subscription_environment_and_region()
    {
        Assert.Equal(
            "[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]",
            (string?)infra.Main.Variables["resourceToken"]);
    }

    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("AZURE_KEY_VAULT_ENDPOINT")]
    [InlineData("REPORTS_STORAGE__blobServiceUri")]
    [InlineData("REPORTS_STORAGE__queueServiceUri")]
    [InlineData("REPORTS_STORAGE__tableServiceUri")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public void Outputs_what_azd_and_the_cli_read(string output)
    {
        Assert.Equal("string", (string?)infra.Main.Outputs[output]?["type"]);
    }

    [Fact]
    public void Parameters_file_names_only_template_parameters()
    {
        var unknown = ParameterFile().Select(kv => kv.Key).Where(name => infra.Main.Parameters[name] is null);

        Assert.Empty(unknown);
    }

    [Fact]
    public void Parameters_file_maps_the_azd_environment()
    {
        var file = ParameterFile();

        Assert.Equal("${AZURE_ENV_NAME}", Value(file, "environmentName"));
        Assert.Equal("${AZURE_LOCATION}", Value(file, "location"));
        Assert.Equal("${AZURE_PRINCIPAL_ID}", Value(file, "principalId"));
    }

    /// <summary>
    /// azd substitutes an unset variable with the empty string, which would override a template default; so
    /// the file repeats each default as ${VAR=default}. This keeps the two copies equal.
    /// </summary>
    [Fact]
    public void Parameters_file_defaults_match_the_template_defaults()
    {
        var checkedCount = 0;
        foreach (var (name, value) in ParameterFile())
        {
            var match = VariableWithDefault().Match(value);
            if (!match.Success)
            {
                continue;
            }

            var templateDefault = ArmResource.Text(infra.Main.Parameters[name]!["defaultValue"]);
            Assert.True(templateDefault == match.Groups["default"].Value, $"{name}: file says '{match.Groups["default"].Value}', template '{templateDefault}'");
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} defaults found");
    }

    /// <summary>A parameter without a default in the file must have an empty (or no) template default, or azd's empty string would silently replace it.</summary>
    [Fact]
    public void Parameters_file_never_blanks_a_meaningful_default()
    {
        foreach (var (name, value) in ParameterFile())
        {
            if (BareVariable().IsMatch(value) && infra.Main.Parameters[name]!["defaultValue"] is { } templateDefault)
            {
                Assert.True(ArmResource.Text(templateDefault) == string.Empty, $"{name} defaults to '{ArmResource.Text(templateDefault)}' in the template but {value} blanks it");
            }
        }
    }

    [Fact]
    public void Email_resources_are_optional_and_off_by_default()
    {
        var email = infra.Main.ModuleDeclaring("Microsoft.Communication/emailServices").Module;

        Assert.Equal("[parameters('deployEmail')]", email.Condition);
        Assert.False(infra.Main.Parameters["deployEmail"]!["defaultValue"]!.GetValue<bool>());
    }

    private static Dictionary<string, string> ParameterFile()
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryFolder.Combine("infra", "main.parameters.json")))!;
        return json["parameters"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string)kv.Value!["value"]!);
    }

    private static string Value(Dictionary<string, string> file, string name) => file[name];

    [GeneratedRegex(@"^\$\{[A-Z_]+=(?<default>[^}]*)\}$")]
    private static partial Regex VariableWithDefault();

    [GeneratedRegex(@"^\$\{[A-Z_]+\}$")]
    private static partial Regex BareVariable();
}
