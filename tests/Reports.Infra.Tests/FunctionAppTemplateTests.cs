using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class FunctionAppTemplateTests(CompiledInfra infra)
{
    private (ArmResource Module, ArmTemplate Template) Functions => infra.Main.ModuleDeclaring("Microsoft.Web/sites");

    private ArmResource Site => Functions.Template.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_is_flex_consumption_on_linux()
    {
        var plan = Functions.Template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.StringAt("sku.name"));
        Assert.Equal("FlexConsumption", plan.StringAt("sku.tier"));
        Assert.Equal("true", plan.StringAt("properties.reserved"));
        Assert.Equal("functionapp,linux", Site.StringAt("kind"));
    }

    [Fact]
    public void Runs_dotnet_isolated_10()
    {
        Assert.Equal("dotnet-isolated", Site.StringAt("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Site.StringAt("properties.functionAppConfig.runtime.version"));
    }

    [Fact]
    public void Scale_settings_default_to_2_GB_instances_and_at_most_40()
    {
        var (module, _) = Functions;
        Assert.Equal("[parameters('instanceMemoryMB')]", Site.StringAt("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB"));
        Assert.Equal("[parameters('maximumInstanceCount')]", Site.StringAt("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount"));
        Assert.Equal("2048", ArmResource.Text(infra.Main.ResolveArgument(module, "instanceMemoryMB")));
        Assert.Equal("40", ArmResource.Text(infra.Main.ResolveArgument(module, "maximumInstanceCount")));
    }

    [Fact]
    public void Deploys_the_package_to_the_deployments_container_with_the_managed_identity()
    {
        var (module, _) = Functions;
        var storage = Site.At("properties.functionAppConfig.deployment.storage")!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Contains("parameters('deploymentsContainerName')", (string?)storage["value"], StringComparison.Ordinal);
        Assert.Equal("deployments", ArmResource.Text(infra.Main.ResolveArgument(module, "deploymentsContainerName")));
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Contains("userAssignedIdentities', parameters('identityName')", (string?)storage["authentication"]!["userAssignedIdentityResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_as_the_user_assigned_identity_and_resolves_key_vault_references_with_it()
    {
        Assert.Equal("UserAssigned", Site.StringAt("identity.type"));
        var identities = Site.At("identity.userAssignedIdentities")!.AsObject();
        var identity = Assert.Single(identities).Key;
        Assert.Contains("parameters('identityName')", identity, StringComparison.Ordinal);
        Assert.Contains("parameters('identityName')", Site.StringAt("properties.keyVaultReferenceIdentity"), StringComparison.Ordinal);
    }

    [Fact]
    public void Serves_https_only_with_tls_1_2()
    {
        Assert.Equal("true", Site.StringAt("properties.httpsOnly"));
        Assert.Equal("1.2", Site.StringAt("properties.siteConfig.minTlsVersion"));
        Assert.Equal("1.2", Site.StringAt("properties.siteConfig.scmMinTlsVersion"));
    }

    [Fact]
    public void Carries_the_azd_service_tag_of_azure_yaml()
    {
        Assert.Contains("createObject('azd-service-name', parameters('serviceName'))", Site.StringAt("tags"), StringComparison.Ordinal);
        Assert.Equal(AzureYaml.Read().ServiceName, ArmResource.Text(ArmTemplate.Argument(Functions.Module, "serviceName")));
    }

    [Fact]
    public void Waits_for_its_role_assignments_before_the_host_starts()
    {
        var dependsOn = Functions.Module.At("dependsOn")!.AsArray().Select(ArmResource.Text);
        var rbac = infra.Main.ModuleDeclaring("Microsoft.Authorization/roleAssignments").Module;

        Assert.Contains(rbac.SymbolicName, dependsOn);
    }
}
