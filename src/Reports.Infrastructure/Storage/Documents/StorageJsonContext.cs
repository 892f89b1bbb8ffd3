using System.Text.Json.Serialization;

namespace Reports.Infrastructure.Storage.Documents;

/// <summary>Compiled serializers for the stored documents: camelCase, nulls left out, unknown or missing members rejected.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DailySnapshotDocument))]
[JsonSerializable(typeof(RawResponsesDocument))]
[JsonSerializable(typeof(EventsDocument))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
