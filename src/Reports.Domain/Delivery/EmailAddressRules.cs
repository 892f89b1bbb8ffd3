using System.Globalization;
using System.Net.Mail;

namespace Reports.Domain.Delivery;

/// <summary>
/// Which addresses we send to. <see cref="MailAddress"/> accepts far more than a mail relay will deliver (display
/// names, quoted local parts, dotless domains), so a plain addr-spec with a dotted, DNS-shaped domain is required.
/// </summary>
public static class EmailAddressRules
{
    private const int MaxAddressLength = 254;
    private const int MaxLocalPartLength = 64;
    private const int MaxLabelLength = 63;
    private static readonly IdnMapping Idn = new();

    public static AddressCheck Check(string? input)
    {
        var raw = input ?? "";
        var trimmed = raw.Trim();
        if (trimmed.Length == 0) return Invalid(raw, "the address is empty");
        if (trimmed.Length > MaxAddressLength) return Invalid(raw, $"it is longer than {MaxAddressLength} characters");
        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return Invalid(raw, "it contains spaces or control characters");
        if (trimmed.Count(c => c == '@') != 1) return Invalid(raw, "it must contain exactly one '@'");
        if (trimmed.IndexOfAny(['<', '>', '"', '(', ')', ',', ';', ':', '[', ']', '\\']) >= 0)
            return Invalid(raw, "it contains a character that is not allowed in a plain address (<>\"(),;:[]\\)");

        var at = trimmed.IndexOf('@');
        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..];
        if (local.Length == 0) return Invalid(raw, "the part before '@' is empty");
        if (local.Length > MaxLocalPartLength) return Invalid(raw, $"the part before '@' is longer than {MaxLocalPartLength} characters");
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
            return Invalid(raw, "the part before '@' has a leading, trailing or double dot");
        if (DomainProblem(domain) is { } problem) return Invalid(raw, problem);

        if (!MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal))
            return Invalid(raw, "it is not a valid address");

        // Domains are case-insensitive; the local part is left as typed (a few servers honour its case).
        return new AddressCheck(raw, $"{local}@{domain.ToLowerInvariant()}", null);
    }

    private static string? DomainProblem(string domain)
    {
        if (domain.Length == 0) return "the domain after '@' is empty";
        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return $"the domain '{domain}' is not a valid host name";
        }
        var labels = ascii.Split('.');
        if (labels.Length < 2) return $"the domain '{domain}' has no dot (e.g. example.com)";
        foreach (var label in labels)
        {
            if (label.Length == 0) return $"the domain '{domain}' has an empty label";
            if (label.Length > MaxLabelLength) return $"the domain '{domain}' has a label longer than {MaxLabelLength} characters";
            if (label.StartsWith('-') || label.EndsWith('-')) return $"the domain '{domain}' has a label that starts or ends with '-'";
            if (!label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return $"the domain '{domain}' contains characters a host name cannot have";
        }
        if (labels[^1].All(char.IsAsciiDigit)) return $"the domain '{domain}' looks like an IP address, not a host name";
        return null;
    }

    private static AddressCheck Invalid(string input, string problem) => new(input, null, problem);
}
