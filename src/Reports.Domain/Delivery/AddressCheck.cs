namespace Reports.Domain.Delivery;

/// <summary>The verdict on one email address: the normalised address, or why it cannot be used.</summary>
public sealed record AddressCheck(string Input, string? Address, string? Problem)
{
    public bool IsValid => Address is not null;
}
