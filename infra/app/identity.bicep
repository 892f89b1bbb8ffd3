// The one identity the function app runs as: host storage, deployment package, data, Key Vault and telemetry.
// A user-assigned identity (rather than system-assigned) exists before the app does, so its role
// assignments are in place by the time the Functions host first starts.

import { tagMap } from '../types.bicep'

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags tagMap

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity: what the Azure SDK and the Functions host need to pick it.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity: what role assignments grant to.')
output principalId string = identity.properties.principalId
