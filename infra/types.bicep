// Shared types for the modules: typed maps keep the linter's use-user-defined-types rule honest.

@export()
@description('Resource tags: tag name to tag value.')
type tagMap = {
  @description('Tag value.')
  *: string
}

@export()
@description('Function app settings: setting name to value (plain text or a Key Vault reference).')
type appSettingMap = {
  @description('Setting value.')
  *: string
}
