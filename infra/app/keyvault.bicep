// Key Vault for the API keys and the SMTP password. Access is by Azure RBAC only (no access policies):
// the function identity reads secrets (Key Vault Secrets User), the deploying user writes them
// (Key Vault Secrets Officer); see rbac.bicep. Secrets are not created here: a redeploy would overwrite
// the real values with placeholders. Set them with `az keyvault secret set` (docs/deploy.md).

import { tagMap } from '../types.bicep'

@description('Name of the key vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Tags applied to the vault.')
param tags tagMap

@description('Days a deleted vault or secret stays recoverable.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 7

@description('Purge protection cannot be switched off again once on, and blocks `azd down --purge`; off by default.')
param enablePurgeProtection bool = false

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The API rejects an explicit false: leave the property out unless it is being turned on.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

@description('Vault URI, ending in a slash.')
output vaultUri string = vault.properties.vaultUri
