using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reports.Infra.Tests.Support;

namespace Reports.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed partial class AppSettingsTemplateTests(CompiledInfra infra)
{
    /// <summary>Added inside functions.bicep (it needs the app's host name), not in main.bicep's map.</summary>
    private const string PublicBaseUrl = "Reports__PublicBaseUrl";

    private const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=";

    private (ArmResource Module, ArmTemplate Template) Functions => infra.Main.ModuleDeclaring("Microsoft.Web/sites");

    /// <summary>Setting name to its ARM value (a literal or a "[...]" expression), as main.bicep passes them.</summary>
    private Dictionary<string, string> Settings =>
        ArmTemplate.Argument(Functions.Module, "appSettings")!.AsObject()
            .ToDictionary(kv => kv.Key, kv => ArmResource.Text(kv.Value)!);

    [Fact]
    public void Config_resource_applies_main_settings_plus_the_public_base_url()
    {
        var config = Functions.Template.Single("Microsoft.Web/sites/config");

        Assert.EndsWith("'appsettings')]", config.Name, StringComparison.Ordinal);
        var properties = ArmResource.Text(config.Properties)!;
        Assert.StartsWith("[union(parameters('appSettings'), createObject('Reports__PublicBaseUrl', ", properties, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INGEST_SCHEDULE", "0 15 0 * * *")]
    [InlineData("REPORT_SCHEDULE", "0 45 0 * * *")]
    [InlineData("EMAIL_SCHEDULE", "0 0 6 * * *")]
    [InlineData("WATCH_SCHEDULE", "0 5 * * * *")]
    [InlineData("MarketData__Assets", "BTC,ETH,SOL")]
    [InlineData("MarketData__CrossMarkets", "GOLD,SILVER,NASDAQ")]
    [InlineData("MarketData__CoinGecko__BaseUrl", "https://api.coingecko.com/api/v3")]
    [InlineData("MarketData__Binance__BaseUrl", "https://api.binance.com")]
    [InlineData("Email__Smtp__Security", "StartTls")]
    [InlineData("Email__Storage__SubscribersTable", "subscribers")]
    [InlineData("Email__Storage__LedgerTable", "sendledger")]
    [InlineData("Email__Storage__AlertLedgerTable", "watchalerts")]
    [InlineData("Email__Storage__WatchBreaksTable", "watchbreaks")]
    public void Setting_defaults_to(string setting, string expected)
    {
        Assert.Equal(expected, ArmResource.Text(infra.Main.ResolveDefaults(JsonValue.Create(Settings[setting]))));
    }

    [Theory]
    [InlineData("Archive__EditionCacheSeconds", "archiveEditionCacheSeconds", 86400)]
    [InlineData("Archive__IndexCacheSeconds", "archiveIndexCacheSeconds", 600)]
    public void Archive_caching_defaults_to_the_apps_own_defaults(string setting, string parameter, int seconds)
    {
        Assert.Equal($"[string(parameters('{parameter}'))]", Settings[setting]);
        Assert.Equal(seconds, infra.Main.Parameters[parameter]!["defaultValue"]!.GetValue<int>());
    }

    [Fact]
    public void Smtp_port_defaults_to_587()
    {
        Assert.Equal("[string(parameters('smtpPort'))]", Settings["Email__Smtp__Port"]);
        Assert.Equal(587, infra.Main.Parameters["smtpPort"]!["defaultValue"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("REPORTS_STORAGE")]
    public void Storage_connections_are_identity_based(string connection)
    {
        var settings = Settings;

        Assert.Equal("managedidentity", settings[$"{connection}__credential"]);
        Assert.Equal("[reference('identity').outputs.clientId.value]", settings[$"{connection}__clientId"]);
        Assert.DoesNotContain(connection, settings.Keys);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith(connection, StringComparison.Ordinal) && k.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Host_storage_is_named_and_data_endpoints_come_from_the_storage_account()
    {
        var settings = Settings;

        Assert.Equal("[variables('names').storage]", settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("[reference('storage').outputs.blobEndpoint.value]", settings["REPORTS_STORAGE__blobServiceUri"]);
        Assert.Equal("[reference('storage').outputs.queueEndpoint.value]", settings["REPORTS_STORAGE__queueServiceUri"]);
        Assert.Equal("[reference('storage').outputs.tableEndpoint.value]", settings["REPORTS_STORAGE__tableServiceUri"]);
    }

    [Fact]
    public void Telemetry_is_sent_with_the_identity()
    {
        Assert.Equal("[format('ClientId={0};Authorization=AAD', reference('identity').outputs.clientId.value)]", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Equal("[reference('monitoring').outputs.connectionString.value]", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }

    [Theory]
    [InlineData("MarketData__CoinGecko__ApiKey", "coingecko-api-key")]
    [InlineData("Email__Smtp__Password", "smtp-password")]
    public void Secret_is_a_key_vault_reference(string setting, string secretName)
    {
        var value = Settings[setting];

        Assert.Matches(KeyVaultReferenceExpression(), value);
        var secretParameter = KeyVaultReferenceExpression().Match(value).Groups["secret"].Value;
        Assert.Equal(secretName, infra.Main.Parameters[secretParameter]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void Coinglass_key_is_a_key_vault_reference_when_enabled_and_empty_otherwise()
    {
        var value = Settings["MarketData__CoinGlass__ApiKey"];

        Assert.StartsWith("[if(parameters('coinGlassEnabled'), format('" + KeyVaultReference, value, StringComparison.Ordinal);
        Assert.EndsWith(", parameters('coinGlassApiKeySecretName')), '')]", value, StringComparison.Ordinal);
        Assert.False(infra.Main.Parameters["coinGlassEnabled"]!["defaultValue"]!.GetValue<bool>());
    }

    /// <summary>
    /// The rule behind the last three tests, for settings added later: anything named like a credential must be
    /// a Key Vault reference (or empty), and the only literals anywhere are known non-secrets.
    /// </summary>
    [Fact]
    public void No_setting_holds_a_literal_secret()
    {
        foreach (var (name, value) in Settings)
        {
            if (LooksSecret().IsMatch(name) && !NotSecrets.Contains(name))
            {
                Assert.True(value.Contains(KeyVaultReference, StringComparison.Ordinal), $"{name} = {value}");
                Assert.DoesNotMatch(@"parameters\('(?![A-Za-z]*SecretName')(?!coinGlassEnabled')[^']*'\)", value);
            }

            if (!value.StartsWith('['))
            {
                Assert.Contains(value, (string[])["managedidentity"]);
            }
        }
    }

    [Fact]
    public void Template_never_reads_storage_keys_or_builds_key_connection_strings()
    {
        var json = infra.Main.Root.ToJsonString();

        Assert.DoesNotContain("listKeys", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InstrumentationKey=", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Main_takes_no_secret_values_as_parameters()
    {
        var secretLooking = infra.Main.Parameters
            .Select(kv => kv.Key)
            .Where(name => LooksSecret().IsMatch(name) && !name.EndsWith("SecretName", StringComparison.Ordinal));

        Assert.Empty(secretLooking);
    }

    [Fact]
    public void Flex_consumption_deprecated_settings_are_absent()
    {
        var settings = Settings;
        string[] deprecated =
        [
            "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_NODE_DEFAULT_VERSION",
        ];

        Assert.All(deprecated, name => Assert.DoesNotContain(name, settings.Keys));
    }

    [Fact]
    public void Deploy_doc_lists_exactly_the_settings_the_app_gets()
    {
        var documented = DeployDoc.AppSettingNames();
        var deployed = Settings.Keys.Append(PublicBaseUrl);

        Assert.Equal(deployed.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    /// <summary>App Insights' connection string is not a credential here: local auth is off (monitoring.bicep).</summary>
    private static readonly string[] NotSecrets = ["APPLICATIONINSIGHTS_CONNECTION_STRING"];

    [GeneratedRegex(@"(?i)(api_?key|password|secret|token|connection_?string)")]
    private static partial Regex LooksSecret();

    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}\{1\}/\)', format\('\{0\}secrets/', reference\('keyVault'\)\.outputs\.vaultUri\.value\), parameters\('(?<secret>\w+SecretName)'\)\)\]$")]
    private static partial Regex KeyVaultReferenceExpression();
}
