using Reports.Domain.Delivery;

namespace Reports.Delivery.Tests.Domain;

public sealed class EmailAddressRulesTests
{
    [Theory]
    [InlineData("reader@example.com", "reader@example.com")]
    [InlineData("  Reader.Name+flows@Mail.Example.COM ", "Reader.Name+flows@mail.example.com")]
    [InlineData("o'neil@sub-domain.example.co.uk", "o'neil@sub-domain.example.co.uk")]
    public void Accepts_plain_addresses_and_lower_cases_the_domain_only(string input, string expected)
    {
        var check = EmailAddressRules.Check(input);

        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(expected, check.Address);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("reader.example.com", "exactly one '@'")]
    [InlineData("a@b@example.com", "exactly one '@'")]
    [InlineData("Bob <bob@example.com>", "spaces")]
    [InlineData("<bob@example.com>", "not allowed in a plain address")]
    [InlineData("\"bob\"@example.com", "not allowed in a plain address")]
    [InlineData("bob@localhost", "has no dot")]
    [InlineData("bob@example..com", "not a valid host name")]
    [InlineData("bob@-example.com", "starts or ends with '-'")]
    [InlineData("bob@exa_mple.com", "characters a host name cannot have")]
    [InlineData("bob@192.168.0.1", "looks like an IP address")]
    [InlineData(".bob@example.com", "leading, trailing or double dot")]
    [InlineData("bob@", "domain after '@' is empty")]
    [InlineData("@example.com", "before '@' is empty")]
    public void Rejects_what_a_relay_would_not_deliver_and_says_why(string input, string because)
    {
        var check = EmailAddressRules.Check(input);

        Assert.False(check.IsValid);
        Assert.Null(check.Address);
        Assert.Contains(because, check.Problem);
    }

    [Fact]
    public void Rejects_over_long_local_parts_and_addresses()
    {
        Assert.Contains("longer than 64", EmailAddressRules.Check(new string('a', 65) + "@example.com").Problem);
        Assert.Contains("longer than 254", EmailAddressRules.Check("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".com").Problem);
    }

    [Fact]
    public void Subscriber_id_ignores_case_and_surrounding_space_and_is_key_safe()
    {
        var id = SubscriberId.For("Reader/One#?@Example.com");

        Assert.Equal(id, SubscriberId.For("  reader/one#?@example.COM "));
        Assert.NotEqual(id, SubscriberId.For("reader/two@example.com"));
        Assert.Matches("^[0-9a-f]{32}$", id);
    }
}
