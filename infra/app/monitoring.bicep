// Log Analytics workspace plus workspace-based Application Insights.
// Local (instrumentation-key) ingestion is switched off: the function app sends telemetry with its managed
// identity, which is why it holds Monitoring Metrics Publisher on the component (see rbac.bicep).

import { tagMap } from '../types.bicep'

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Azure region of both resources.')
param location string

@description('Tags applied to both resources.')
param tags tagMap

@description('Days Log Analytics keeps data; 30 is included in the ingestion price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Daily ingestion cap in GB: a cost guard. Telemetry beyond it is dropped until the next day.')
@minValue(1)
param dailyQuotaGb int = 1

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: true
  }
}

@description('Application Insights connection string. Not a credential here: local auth is disabled, so ingestion needs an Entra token.')
output connectionString string = applicationInsights.properties.ConnectionString
