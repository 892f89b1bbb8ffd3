using Azure;
using Azure.Identity;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>Turns the SDK's many failure shapes into one clear <see cref="StoreUnavailableException"/>.</summary>
internal static class StorageFailures
{
    /// <summary>True for failures of the store itself (unreachable, refused, timed out), not for cancellation by the caller.</summary>
    public static bool IsStoreFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // the SDK's network timeout
        RequestFailedException or AuthenticationFailedException or CredentialUnavailableException => true,
        AggregateException or HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <param name="doing">What was being done, e.g. "storing binance 2026-02-01".</param>
    public static StoreUnavailableException Describe(Exception e, Uri endpoint, string doing)
    {
        var service = $"{endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/')}";
        var root = Innermost(e);
        var message = e switch
        {
            AuthenticationFailedException or CredentialUnavailableException =>
                $"Could not get a token for {service} while {doing}: {root.Message} In Azure the app's managed identity needs the Storage Blob/Queue Data Contributor role; locally set REPORTS_STORAGE to the Azurite connection string.",
            RequestFailedException { Status: 403 } r =>
                $"Access to {service} was refused while {doing} ({r.ErrorCode}). Give the app's identity the Storage Blob/Queue Data Contributor role.",
            RequestFailedException { Status: > 0 } r =>
                $"Storage at {service} failed while {doing}: HTTP {r.Status} {r.ErrorCode}.",
            _ => $"Storage at {service} is unreachable while {doing} ({root.GetType().Name}: {root.Message}).",
        };
        return new StoreUnavailableException(message, e);
    }

    private static Exception Innermost(Exception e)
    {
        while (true)
        {
            var next = e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[^1] : e.InnerException;
            if (next is null) return e;
            e = next;
        }
    }
}
