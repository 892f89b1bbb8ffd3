using System.Text.Json.Serialization;

namespace Reports.Infrastructure.Storage.Documents;

/// <summary>
/// Compiled serializers for the stored documents: camelCase; unknown members, missing members and nulls where the
/// type has none are all rejected, so a damaged or foreign document fails loudly. Unknown values are written as null.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DailySnapshotDocument))]
[JsonSerializable(typeof(RawResponsesDocument))]
[JsonSerializable(typeof(EventsDocument))]
[JsonSerializable(typeof(MarketCapsDocument))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
