using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class RbacTemplateTests(CompiledInfra infra)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private (ArmResource Module, ArmTemplate Template) Rbac => infra.Main.ModuleDeclaring("Microsoft.Authorization/roleAssignments");

    [Theory]
    [InlineData(StorageBlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageQueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageTableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    public void Function_identity_always_holds_the_role_on_the_resource(string roleId, string scopeType)
    {
        var assignment = Assert.Single(AssignmentsOf(roleId), a => IsForFunctionIdentity(a));

        Assert.Null(assignment.Condition);
        Assert.Equal("ServicePrincipal", assignment.StringAt("properties.principalType"));
        Assert.Contains($"resourceId('{scopeType}'", assignment.StringAt("scope"), StringComparison.Ordinal);
        // Idempotent: the name is a guid() of the scope, the identity and the role, not a random one.
        Assert.StartsWith("[guid(", assignment.Name, StringComparison.Ordinal);
        Assert.Contains(roleId, Rbac.Template.InlineVariables(assignment.Name), StringComparison.Ordinal);
    }

    [Fact]
    public void Role_assignments_go_to_the_identity_the_function_app_runs_as()
    {
        var main = infra.Main;
        var identityModule = main.ModuleDeclaring("Microsoft.ManagedIdentity/userAssignedIdentities").Module;
        var functionsModule = main.ModuleDeclaring("Microsoft.Web/sites").Module;

        var created = ArmResource.Text(ArmTemplate.Argument(identityModule, "name"));
        Assert.Equal(created, ArmResource.Text(ArmTemplate.Argument(Rbac.Module, "identityName")));
        Assert.Equal(created, ArmResource.Text(ArmTemplate.Argument(functionsModule, "identityName")));
    }

    [Fact]
    public void Deploying_user_gets_data_and_secret_writer_roles_only_when_named()
    {
        var userAssignments = Rbac.Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.StringAt("properties.principalId") == "[parameters('principalId')]")
            .ToList();

        Assert.Equal(4, userAssignments.Count);
        Assert.All(userAssignments, a => Assert.Equal("[not(empty(parameters('principalId')))]", a.Condition));
        Assert.Contains(userAssignments, a => Rbac.Template.InlineVariables(a.StringAt("properties.roleDefinitionId")!).Contains(KeyVaultSecretsOfficer, StringComparison.Ordinal));
    }

    [Fact]
    public void Function_identity_is_not_given_more_than_the_five_roles()
    {
        Assert.Equal(5, Rbac.Template.OfType("Microsoft.Authorization/roleAssignments").Count(IsForFunctionIdentity));
    }

    private IEnumerable<ArmResource> AssignmentsOf(string roleId) =>
        Rbac.Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => Rbac.Template.InlineVariables(a.StringAt("properties.roleDefinitionId")!)
                .Contains($"roleDefinitions', '{roleId}')", StringComparison.Ordinal));

    private static bool IsForFunctionIdentity(ArmResource assignment) =>
        assignment.StringAt("properties.principalId") is { } principal
        && principal.Contains("Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identityName')", StringComparison.Ordinal)
        && principal.EndsWith(".principalId]", StringComparison.Ordinal);
}
