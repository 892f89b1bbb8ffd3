// Optional Azure Communication Services Email: an email service with an Azure-managed sender domain
// (DoNotReply@<guid>.azurecomm.net), linked to a communication service that relays SMTP.
// SMTP authentication for ACS needs an Entra application and an SMTP username; both are manual steps
// (docs/deploy.md), as Bicep cannot create Entra applications.

import { tagMap } from '../types.bicep'

@description('Name of the email communication service.')
param emailServiceName string

@description('Name of the communication service that sends the mail.')
param communicationServiceName string

@description('Where ACS stores message data at rest.')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param dataLocation string

@description('Tags applied to the email resources.')
param tags tagMap

resource emailService 'Microsoft.Communication/emailServices@2026-03-18' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2026-03-18' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2026-03-18' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      managedDomain.id
    ]
  }
}

@description('Sender address on the Azure-managed domain.')
output senderAddress string = 'DoNotReply@${managedDomain.properties.mailFromSenderDomain}'

@description('Name of the communication service, for creating its SMTP username.')
output communicationServiceName string = communicationService.name
