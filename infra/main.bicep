// Flow Reports on Azure: `azd up` provisions this and deploys src/Reports.Functions to it.
// Subscription scope so azd can create the resource group; everything else lives in that group.
// What is created, what it costs and how to set secrets: docs/deploy.md.

targetScope = 'subscription'

import { tagMap, appSettingMap } from 'types.bicep'

// --- Environment ---------------------------------------------------------------------------------------

@description('Name of the azd environment; seeds resource names and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Region for every resource; it must offer the Flex Consumption plan.')
@minLength(1)
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object id of the user (or CI service principal) running azd; gets data and secret-writer roles. azd fills it in.')
param principalId string = ''

@description('Kind of principal principalId names.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

// --- Hosting -------------------------------------------------------------------------------------------

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param functionsInstanceMemoryMB int = 2048

@description('Most instances the function app may scale out to.')
@minValue(1)
@maxValue(1000)
param functionsMaximumInstanceCount int = 40

@description('Daily Log Analytics ingestion cap in GB (cost guard).')
@minValue(1)
param logDailyQuotaGb int = 1

// --- Storage names -------------------------------------------------------------------------------------

@description('Blob container for market-data snapshots.')
param snapshotsContainerName string = 'snapshots'

@description('Blob container for rendered reports.')
param reportsContainerName string = 'reports'

@description('Blob container for the Flex Consumption deployment package.')
param deploymentsContainerName string = 'deployments'

@description('Queue of ingest requests.')
param ingestQueueName string = 'ingest-requests'

@description('Queue of report builds (RebuildReports); the queue trigger names it in code, so keep the default.')
param reportBuildQueueName string = 'report-builds'

@description('Queue of email send requests.')
param emailQueueName string = 'email-requests'

@description('Table of report subscribers.')
param subscribersTableName string = 'subscribers'

@description('Table recording which report went to whom (makes sending idempotent).')
param sendLedgerTableName string = 'sendledger'

@description('Table recording which watch alert went to whom each day (at most one per level).')
param watchAlertsTableName string = 'watchalerts'

@description('Table recording which watch levels broke each day, once per level (the next edition\'s scored calls read it).')
param watchBreaksTableName string = 'watchbreaks'

// --- Schedules (six-field NCRONTAB, UTC) ---------------------------------------------------------------

@description('When the daily market-data ingest runs.')
param ingestSchedule string = '0 15 0 * * *'

@description('When the daily report is built.')
param reportSchedule string = '0 45 0 * * *'

@description('When the daily report is emailed.')
param emailSchedule string = '0 0 6 * * *'

@description('When the watch alerts check the latest prices against the newest edition\'s levels (hourly).')
param watchSchedule string = '0 5 * * * *'

// --- Market data ---------------------------------------------------------------------------------------

@description('Crypto assets to analyse, comma-separated.')
param marketDataAssets string = 'BTC,ETH,SOL'

@description('Cross markets compared against crypto, comma-separated.')
param marketDataCrossMarkets string = 'GOLD,SILVER,NASDAQ'

@description('CoinGecko API base URL (the Pro API uses https://pro-api.coingecko.com/api/v3).')
param coinGeckoBaseUrl string = 'https://api.coingecko.com/api/v3'

@description('Key Vault secret holding the CoinGecko API key.')
param coinGeckoApiKeySecretName string = 'coingecko-api-key'

@description('Whether the app should use CoinGlass; needs the CoinGlass secret to be set.')
param coinGlassEnabled bool = false

@description('Key Vault secret holding the CoinGlass API key.')
param coinGlassApiKeySecretName string = 'coinglass-api-key'

@description('Binance public API base URL.')
param binanceBaseUrl string = 'https://api.binance.com'

// --- Email ---------------------------------------------------------------------------------------------

@description('Create Azure Communication Services Email with an Azure-managed sender domain.')
param deployEmail bool = false

@description('Where ACS stores email data at rest (only with deployEmail).')
param emailDataLocation string = 'Europe'

@description('SMTP server; empty means smtp.azurecomm.net when deployEmail is on.')
param smtpHost string = ''

@description('SMTP port: 587 for STARTTLS.')
param smtpPort int = 587

@description('SMTP transport security.')
@allowed([
  'None'
  'StartTls'
  'SslOnConnect'
])
param smtpSecurity string = 'StartTls'

@description('SMTP user name (not a secret; the password is in Key Vault).')
param smtpUserName string = ''

@description('Key Vault secret holding the SMTP password.')
param smtpPasswordSecretName string = 'smtp-password'

@description('Sender address; empty means DoNotReply@<managed domain> when deployEmail is on.')
param emailFrom string = ''

// --- Reports -------------------------------------------------------------------------------------------

@description('Base URL readers use to open reports; empty means the function app\'s own address.')
param reportsPublicBaseUrl string = ''

@description('max-age (seconds) of an archived edition on the public archive: it changes only when its day is rebuilt.')
@minValue(0)
@maxValue(31536000)
param archiveEditionCacheSeconds int = 86400

@description('max-age (seconds) of the public archive\'s index pages and Atom feed.')
@minValue(0)
@maxValue(86400)
param archiveIndexCacheSeconds int = 600

// --- Naming --------------------------------------------------------------------------------------------

@description('Resource name prefixes (Cloud Adoption Framework style).')
var abbrs = loadJsonContent('abbreviations.json')

@description('Stable per subscription, environment and region: re-running azd up finds the same resources.')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

@description('Tags on every resource; azd finds its environment\'s resources by azd-env-name.')
var tags tagMap = {
  'azd-env-name': environmentName
  application: 'flow-reports'
}

@description('Names of every resource, computed up front so role assignment names never depend on deployment outputs.')
var names = {
  resourceGroup: empty(resourceGroupName) ? '${abbrs.resourceGroup}${environmentName}' : resourceGroupName
  identity: '${abbrs.managedIdentity}${resourceToken}'
  storage: '${abbrs.storageAccount}${resourceToken}'
  logAnalytics: '${abbrs.logAnalyticsWorkspace}${resourceToken}'
  applicationInsights: '${abbrs.applicationInsights}${resourceToken}'
  keyVault: '${abbrs.keyVault}${resourceToken}'
  plan: '${abbrs.appServicePlan}${resourceToken}'
  functionApp: '${abbrs.functionApp}${resourceToken}'
  communicationService: '${abbrs.communicationService}${resourceToken}'
  emailService: '${abbrs.emailService}${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    snapshotsContainerName: snapshotsContainerName
    reportsContainerName: reportsContainerName
    deploymentsContainerName: deploymentsContainerName
    queueNames: [
      ingestQueueName
      emailQueueName
      reportBuildQueueName
    ]
    tableNames: [
      subscribersTableName
      sendLedgerTableName
      watchAlertsTableName
      watchBreaksTableName
    ]
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    dailyQuotaGb: logDailyQuotaGb
  }
}

module keyVault 'app/keyvault.bicep' = {
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
  }
}

module email 'app/email.bicep' = if (deployEmail) {
  scope: rg
  params: {
    emailServiceName: names.emailService
    communicationServiceName: names.communicationService
    dataLocation: emailDataLocation
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  scope: rg
  params: {
    identityName: names.identity
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    applicationInsightsName: names.applicationInsights
    principalId: principalId
    principalType: principalType
  }
  // Names, not outputs, are passed in (see rbac.bicep), so the order has to be stated.
  dependsOn: [
    identity
    storage
    keyVault
    monitoring
  ]
}

@description('Prefix of every Key Vault secret URI; references without a version follow the latest secret value.')
var secretUriPrefix = '${keyVault.outputs.vaultUri}secrets/'

@description('Every app setting except Reports__PublicBaseUrl (added by functions.bicep, which knows the host name). docs/deploy.md lists them all.')
var functionAppSettings appSettingMap = {
  // Functions host storage, reached with the managed identity (no connection string, no key).
  AzureWebJobsStorage__accountName: names.storage
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  // The app's own data: snapshots, reports, queues, subscriber tables.
  REPORTS_STORAGE__blobServiceUri: storage.outputs.blobEndpoint
  REPORTS_STORAGE__queueServiceUri: storage.outputs.queueEndpoint
  REPORTS_STORAGE__tableServiceUri: storage.outputs.tableEndpoint
  REPORTS_STORAGE__credential: 'managedidentity'
  REPORTS_STORAGE__clientId: identity.outputs.clientId
  // Telemetry with Entra auth (local auth is off on the component).
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  // Schedules.
  INGEST_SCHEDULE: ingestSchedule
  REPORT_SCHEDULE: reportSchedule
  EMAIL_SCHEDULE: emailSchedule
  WATCH_SCHEDULE: watchSchedule
  // Market data.
  MarketData__Assets: marketDataAssets
  MarketData__CrossMarkets: marketDataCrossMarkets
  MarketData__CoinGecko__BaseUrl: coinGeckoBaseUrl
  MarketData__CoinGecko__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUriPrefix}${coinGeckoApiKeySecretName}/)'
  MarketData__CoinGlass__ApiKey: coinGlassEnabled
    ? '@Microsoft.KeyVault(SecretUri=${secretUriPrefix}${coinGlassApiKeySecretName}/)'
    : ''
  MarketData__Binance__BaseUrl: binanceBaseUrl
  // Email.
  Email__Smtp__Host: empty(smtpHost) && deployEmail ? 'smtp.azurecomm.net' : smtpHost
  Email__Smtp__Port: string(smtpPort)
  Email__Smtp__Security: smtpSecurity
  Email__Smtp__UserName: smtpUserName
  Email__Smtp__Password: '@Microsoft.KeyVault(SecretUri=${secretUriPrefix}${smtpPasswordSecretName}/)'
  Email__From: empty(emailFrom) && deployEmail ? email.?outputs.senderAddress ?? '' : emailFrom
  // Tables by the names this template creates (the app's defaults are the same; a changed name reaches the app).
  Email__Storage__SubscribersTable: subscribersTableName
  Email__Storage__LedgerTable: sendLedgerTableName
  Email__Storage__AlertLedgerTable: watchAlertsTableName
  Email__Storage__WatchBreaksTable: watchBreaksTableName
  // Public archive caching.
  Archive__EditionCacheSeconds: string(archiveEditionCacheSeconds)
  Archive__IndexCacheSeconds: string(archiveIndexCacheSeconds)
}

module functions 'app/functions.bicep' = {
  scope: rg
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    serviceName: 'functions'
    identityName: names.identity
    storageAccountName: names.storage
    deploymentsContainerName: deploymentsContainerName
    instanceMemoryMB: functionsInstanceMemoryMB
    maximumInstanceCount: functionsMaximumInstanceCount
    appSettings: functionAppSettings
    publicBaseUrl: reportsPublicBaseUrl
  }
  // The host starts as soon as the app exists; its storage and Key Vault roles must already be there.
  dependsOn: [
    rbac
  ]
}

// --- Outputs: azd writes these into .azure/<env>/.env, where the CLI and scripts pick them up -----------

@description('Region everything was deployed to.')
output AZURE_LOCATION string = location

@description('Entra tenant of the subscription.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group holding the app.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Function app name (for az functionapp commands).')
output AZURE_FUNCTION_APP_NAME string = names.functionApp

@description('Function app base URL.')
output AZURE_FUNCTION_APP_URL string = 'https://${functions.outputs.defaultHostName}'

@description('Client id of the function app\'s managed identity.')
output AZURE_FUNCTION_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Storage account name.')
output AZURE_STORAGE_ACCOUNT_NAME string = names.storage

@description('Key vault name (for az keyvault secret set).')
output AZURE_KEY_VAULT_NAME string = names.keyVault

@description('Key vault URI.')
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.vaultUri

@description('Blob endpoint of the app\'s data, in the same shape the app reads (REPORTS_STORAGE section).')
output REPORTS_STORAGE__blobServiceUri string = storage.outputs.blobEndpoint

@description('Queue endpoint of the app\'s data.')
output REPORTS_STORAGE__queueServiceUri string = storage.outputs.queueEndpoint

@description('Table endpoint of the app\'s data.')
output REPORTS_STORAGE__tableServiceUri string = storage.outputs.tableEndpoint

@description('Blob container for market-data snapshots.')
output REPORTS_SNAPSHOTS_CONTAINER string = snapshotsContainerName

@description('Blob container for rendered reports.')
output REPORTS_REPORTS_CONTAINER string = reportsContainerName

@description('Blob container for the deployment package.')
output REPORTS_DEPLOYMENTS_CONTAINER string = deploymentsContainerName

@description('Queue of ingest requests.')
output REPORTS_INGEST_QUEUE string = ingestQueueName

@description('Queue of report builds.')
output REPORTS_REPORT_BUILD_QUEUE string = reportBuildQueueName

@description('Queue of email send requests.')
output REPORTS_EMAIL_QUEUE string = emailQueueName

@description('Table of subscribers.')
output REPORTS_SUBSCRIBERS_TABLE string = subscribersTableName

@description('Table of sent reports.')
output REPORTS_SENDLEDGER_TABLE string = sendLedgerTableName

@description('Table of watch alerts sent (one per level, subscriber and day).')
output REPORTS_WATCHALERTS_TABLE string = watchAlertsTableName

@description('Table of watch levels that broke each day (read by the next edition).')
output REPORTS_WATCHBREAKS_TABLE string = watchBreaksTableName

@description('Application Insights connection string (not a credential: ingestion needs an Entra token).')
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString

@description('ACS communication service name when deployEmail is on (for its SMTP username); otherwise empty.')
output AZURE_COMMUNICATION_SERVICE_NAME string = email.?outputs.communicationServiceName ?? ''
