namespace Reports.Infrastructure.Providers.Http;

/// <summary>A successful (2xx) provider answer, already recorded as a raw response.</summary>
internal sealed record ProviderResponse(ProviderRequest Request, int StatusCode, string ContentType, byte[] Body);
