// OutlookNetworking on Azure: a web app (--role web) and a worker app (--role worker) on one Linux App Service plan,
// Azure Database for PostgreSQL flexible server for the data and the jobs, a Key Vault holding the database connection
// string and the key that protects the data-protection keys, and a user-assigned managed identity that the apps run as
// and that the app registration trusts as its federated credential (no client secret anywhere).
// Build and lint offline: scripts/bicep.sh build deploy/azure/main.bicep; scripts/bicep.sh lint deploy/azure/main.bicep.
// Deploy (needs Azure): az deployment group create -g RG -f deploy/azure/main.bicep -p @deploy/azure/main.parameters.json
// Parameters: docs/admin-guide.md, "3A. On Azure".

targetScope = 'resourceGroup'

@description('Azure region of every resource. Default: the resource group\'s.')
param location string = resourceGroup().location

@description('Prefix of every resource name (letters and digits, 3 to 12): names are PREFIX-web, PREFIX-worker, PREFIX-db, ...')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Application (client) id of the app registration (outlooknetworking app-registration prints it).')
@minLength(36)
@maxLength(36)
param appClientId string

@description('The public host name users reach (a custom domain bound to the web app), e.g. networking.contoso.com. Default: the web app\'s azurewebsites.net name.')
param publicHostName string = ''

@description('The mailbox the morning digest is sent from (UPN or SMTP address); empty: no digest is sent (Digest:Enabled=false).')
param digestSenderMailbox string

@description('Entra tenant id of whoever operates this deployment: its admins reach the Hangfire dashboard. Empty: nobody does.')
param operatorTenantId string = ''

@description('OTLP endpoint for traces and metrics (e.g. an OpenTelemetry collector). Empty: no telemetry is exported.')
param otlpEndpoint string = ''

@description('Administrator login of the PostgreSQL server.')
param databaseAdminLogin string = 'outlooknetworking'

@description('Administrator password of the PostgreSQL server; it is stored in the Key Vault and read by the apps from there.')
@secure()
@minLength(16)
param databaseAdminPassword string

@description('App Service plan SKU. Default P0v3 (Always On, enough for a few hundred mailboxes).')
param appServiceSku string = 'P0v3'

@description('PostgreSQL compute SKU (Burstable B1ms by default) and storage size in GiB.')
param databaseSku string = 'Standard_B1ms'
param databaseStorageGiB int = 32

@description('Container image or runtime: the apps run the published OutlookNetworking.Web.dll on .NET 10.')
param linuxFxVersion string = 'DOTNETCORE|10.0'

var hostName = empty(publicHostName) ? '${namePrefix}-web.azurewebsites.net' : publicHostName
var publicBaseUrl = 'https://${hostName}'
var databaseName = 'outlooknetworking'
var vaultName = '${namePrefix}-kv-${uniqueString(resourceGroup().id)}'
// Built-in roles: Key Vault Secrets User (read the connection string), Key Vault Crypto User (wrap and unwrap the
// data-protection keys with the vault's key).
var secretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var cryptoUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '12338af0-0e69-4776-bea7-57ae8d297424')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take(vaultName, 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
  }
}

resource dataProtectionKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: 'data-protection'
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: '${namePrefix}-db'
  location: location
  sku: {
    name: databaseSku
    tier: startsWith(databaseSku, 'Standard_B') ? 'Burstable' : 'GeneralPurpose'
  }
  properties: {
    version: '16'
    administratorLogin: databaseAdminLogin
    administratorLoginPassword: databaseAdminPassword
    storage: {
      storageSizeGB: databaseStorageGiB
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource databaseCatalog 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: database
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Only Azure services reach the server (the apps' outbound addresses are not fixed without a virtual network).
resource databaseFirewall 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: database
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'Host=${database.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${databaseAdminLogin};Password=${databaseAdminPassword};SSL Mode=Require'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, secretsUserRole)
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource cryptoUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, cryptoUserRole)
  properties: {
    roleDefinitionId: cryptoUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

// Two apps on the plan, the same build and settings, one role each. The worker serves /healthz and /readyz only
// (App Service restarts an app that answers no HTTP).
var roles = [
  'web'
  'worker'
]

resource sites 'Microsoft.Web/sites@2023-12-01' = [for role in roles: {
  name: '${namePrefix}-${role}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'dotnet OutlookNetworking.Web.dll --role ${role}'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/readyz'
    }
  }
}]

// The settings of both apps (environment variables: __ for :). The database connection string stays in the vault.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = [for (role, i) in roles: {
  parent: sites[i]
  name: 'appsettings'
  properties: {
    ASPNETCORE_ENVIRONMENT: 'Production'
    AzureAd__ClientId: appClientId
    AzureAd__Audience: 'api://${hostName}/${appClientId}'
    AzureAd__ClientCredentials__0__SourceType: 'SignedAssertionFromManagedIdentity'
    AzureAd__ClientCredentials__0__ManagedIdentityClientId: identity.properties.clientId
    App__PublicBaseUrl: publicBaseUrl
    AllowedHosts: hostName
    Digest__Enabled: empty(digestSenderMailbox) ? 'false' : 'true'
    Digest__SenderMailbox: digestSenderMailbox
    Storage__Provider: 'PostgreSql'
    Storage__ConnectionString: '@Microsoft.KeyVault(SecretUri=${connectionString.properties.secretUri})'
    Storage__MigrateOnStart: 'true'
    Hangfire__Storage: 'PostgreSql'
    Hangfire__ConnectionString: '@Microsoft.KeyVault(SecretUri=${connectionString.properties.secretUri})'
    DataProtection__KeyVaultKeyId: dataProtectionKey.properties.keyUriWithVersion
    // App Service's front ends terminate TLS and are the only way in: their X-Forwarded-* headers are believed.
    ForwardedHeaders__KnownNetworks__0: '0.0.0.0/0'
    ForwardedHeaders__KnownNetworks__1: '::/0'
    Admin__OperatorTenantId: operatorTenantId
    OpenTelemetry__OtlpEndpoint: otlpEndpoint
    Logging__Console__FormatterName: 'json'
  }
  dependsOn: [
    secretsUser
    cryptoUser
    databaseCatalog
    databaseFirewall
  ]
}]

@description('The public origin (App:PublicBaseUrl): give it to outlooknetworking app-registration --host.')
output publicBaseUrl string = publicBaseUrl

@description('The web app\'s default host name (bind the custom domain and its certificate to it).')
output webDefaultHostName string = sites[0].properties.defaultHostName

@description('The worker app\'s name.')
output workerName string = sites[1].name

@description('The federated credential the app registration needs: issuer, subject (the identity\'s principal id) and audience.')
output federatedCredential object = {
  issuer: '${environment().authentication.loginEndpoint}${subscription().tenantId}/v2.0'
  subject: identity.properties.principalId
  audiences: [
    'api://AzureADTokenExchange'
  ]
}

@description('The managed identity\'s client id (AzureAd:ClientCredentials:0:ManagedIdentityClientId).')
output managedIdentityClientId string = identity.properties.clientId
