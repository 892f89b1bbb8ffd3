namespace Reports.Delivery.Tests.Support;

/// <summary>The tests that need smtp4dev and Azurite share one of each (starting them costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class DeliveryServers : ICollectionFixture<Smtp4devServer>, ICollectionFixture<AzuriteServer>
{
    public const string Name = "smtp4dev + Azurite";
}
