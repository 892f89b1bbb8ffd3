using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

/// <summary>Key Vault, monitoring and the optional email service.</summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class PlatformServicesTemplateTests(CompiledInfra infra)
{
    [Fact]
    public void Key_vault_uses_rbac_and_soft_delete()
    {
        var vault = infra.Main.ModuleDeclaring("Microsoft.KeyVault/vaults").Template.Single("Microsoft.KeyVault/vaults");

        Assert.Equal("true", vault.StringAt("properties.enableRbacAuthorization"));
        Assert.Equal("true", vault.StringAt("properties.enableSoftDelete"));
        Assert.Null(vault.At("properties.accessPolicies"));
        Assert.Equal("[tenant().tenantId]", vault.StringAt("properties.tenantId"));
    }

    [Fact]
    public void Key_vault_holds_no_secrets_from_the_template()
    {
        Assert.DoesNotContain(AllDeclared(), r => r.Type.StartsWith("Microsoft.KeyVault/vaults/secrets", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Application_insights_is_workspace_based_with_local_auth_off()
    {
        var monitoring = infra.Main.ModuleDeclaring("Microsoft.Insights/components").Template;
        var component = monitoring.Single("Microsoft.Insights/components");

        Assert.Equal("true", component.StringAt("properties.DisableLocalAuth"));
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.StringAt("properties.WorkspaceResourceId"), StringComparison.Ordinal);
        Assert.NotNull(monitoring.Single("Microsoft.OperationalInsights/workspaces").At("properties.workspaceCapping.dailyQuotaGb"));
    }

    [Fact]
    public void Email_service_uses_an_azure_managed_domain_linked_to_the_communication_service()
    {
        var email = infra.Main.ModuleDeclaring("Microsoft.Communication/emailServices").Template;

        Assert.Equal("AzureManaged", email.Single("Microsoft.Communication/emailServices/domains").StringAt("properties.domainManagement"));
        var linked = email.Single("Microsoft.Communication/communicationServices").At("properties.linkedDomains")!.AsArray();
        Assert.Contains("Microsoft.Communication/emailServices/domains", ArmResource.Text(Assert.Single(linked)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_resource_deploys_to_the_chosen_region_or_global()
    {
        foreach (var resource in AllDeclared().Where(r => r.Json["location"] is not null))
        {
            var location = resource.StringAt("location");
            Assert.True(location is "[parameters('location')]" or "global", $"{resource} is placed in {location}");
        }
    }

    private IEnumerable<ArmResource> AllDeclared() =>
        infra.Main.Declared.Concat(infra.Main.Modules.SelectMany(m => ArmTemplate.Nested(m).Declared));
}
