using System.Security.Cryptography;
using System.Text;

namespace Reports.Domain.Delivery;

/// <summary>
/// The subscriber key: a hash of the lower-cased address. Addresses may hold characters that storage keys forbid
/// ('/', '#', '?'), and the same reader typed in two cases must stay one subscriber.
/// </summary>
public static class SubscriberId
{
    public static string For(string address)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
