using System.Net;
using KpiActors.Api.Notifications;

namespace KpiActors.Api.Tests.Notifications;

public sealed class WebhookAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("203.162.4.190")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void A_public_address_is_public(string address) => Assert.True(WebhookAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void A_loopback_private_link_local_or_multicast_address_is_not(string address) =>
        Assert.False(WebhookAddresses.IsPublic(IPAddress.Parse(address)));
}
