// The function app on the Flex Consumption plan (FC1): Linux, scale to zero, billed per execution.
// Flex Consumption takes its runtime, scale and deployment settings from functionAppConfig; the
// FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION / WEBSITE_* settings of older plans are
// deprecated there and deliberately absent.

import { tagMap, appSettingMap } from '../types.bicep'

@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region of the plan and the app (must offer Flex Consumption).')
param location string

@description('Tags applied to the plan; the app also gets azd-service-name.')
param tags tagMap

@description('azd service this app hosts; must match the service name in azure.yaml.')
param serviceName string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Name of the storage account holding the deployment container.')
param storageAccountName string

@description('Blob container Flex Consumption deploys the app package to.')
param deploymentsContainerName string

@description('Memory of each instance in MB; also sets its CPU share (512 MB: 0.25 core, 2048: 1, 4096: 2).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on instances the app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('App settings (plain values and Key Vault references) built by main.bicep.')
param appSettings appSettingMap

@description('Base URL readers use to open reports; empty means the app\'s own https://<default host name>.')
param publicBaseUrl string = ''

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    // Linux.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with the user-assigned identity (the default would be a system one).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentsContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        // Tracks the TargetFramework of src/Reports.Functions.
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, {
    Reports__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
  })
}

@description('Default host name of the app.')
output defaultHostName string = site.properties.defaultHostName
