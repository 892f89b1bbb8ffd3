using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class StorageTemplateTests(CompiledInfra infra)
{
    private (ArmResource Module, ArmTemplate Template) Storage => infra.Main.ModuleDeclaring("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Account_accepts_only_entra_id_over_tls_1_2_and_no_anonymous_reads()
    {
        var account = Storage.Template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("false", account.StringAt("properties.allowSharedKeyAccess"));
        Assert.Equal("true", account.StringAt("properties.defaultToOAuthAuthentication"));
        Assert.Equal("false", account.StringAt("properties.allowBlobPublicAccess"));
        Assert.Equal("TLS1_2", account.StringAt("properties.minimumTlsVersion"));
        Assert.Equal("true", account.StringAt("properties.supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Blobs_are_versioned_and_blobs_and_containers_soft_deleted()
    {
        var blobs = Storage.Template.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal("true", blobs.StringAt("properties.isVersioningEnabled"));
        Assert.Equal("true", blobs.StringAt("properties.deleteRetentionPolicy.enabled"));
        Assert.Equal("true", blobs.StringAt("properties.containerDeleteRetentionPolicy.enabled"));
        var days = Storage.Template.Parameters["softDeleteRetentionDays"]!["defaultValue"]!.GetValue<int>();
        Assert.InRange(days, 1, 365);
    }

    [Fact]
    public void Old_blob_versions_expire()
    {
        var policy = Storage.Template.Single("Microsoft.Storage/storageAccounts/managementPolicies");
        var rule = policy.At("properties.policy.rules")!.AsArray().Single()!;

        Assert.NotNull(rule["definition"]!["actions"]!["version"]!["delete"]!["daysAfterCreationGreaterThan"]);
    }

    [Fact]
    public void Creates_the_snapshot_report_and_deployment_containers_private()
    {
        var (module, template) = Storage;
        var containers = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        var created = containers
            .Select(c => ParameterNamedBy(c.Name))
            .Select(parameter => ArmResource.Text(infra.Main.ResolveArgument(module, parameter)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["deployments", "reports", "snapshots"], created);
        Assert.All(containers, c => Assert.Equal("None", c.StringAt("properties.publicAccess")));
    }

    [Fact]
    public void Creates_the_work_queues_and_tables()
    {
        var (module, template) = Storage;
        Assert.Contains("parameters('queueNames')", template.Single("Microsoft.Storage/storageAccounts/queueServices/queues").Name, StringComparison.Ordinal);
        Assert.Contains("parameters('tableNames')", template.Single("Microsoft.Storage/storageAccounts/tableServices/tables").Name, StringComparison.Ordinal);

        var queues = infra.Main.ResolveArgument(module, "queueNames")!.AsArray().Select(ArmResource.Text);
        var tables = infra.Main.ResolveArgument(module, "tableNames")!.AsArray().Select(ArmResource.Text);

        Assert.Equal(["ingest-requests", "email-requests", "report-builds"], queues);
        Assert.Equal(["subscribers", "sendledger", "watchalerts", "watchbreaks"], tables);
    }

    /// <summary>The module parameter a child resource's name ends with: format('{0}/{1}/{2}', ..., parameters('x')).</summary>
    private static string ParameterNamedBy(string nameExpression)
    {
        const string marker = "parameters('";
        var start = nameExpression.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return nameExpression[start..nameExpression.IndexOf('\'', start)];
    }
}
