using System.Net;
using System.Net.Sockets;

namespace KpiActors.Api.Notifications;

/// <summary>
/// Where webhooks may go. Any key may subscribe a webhook, so without this a key holder could make the server post to
/// what only it can reach: its own loopback services, the private network, a cloud's metadata address. Checked twice:
/// an address written in the URL when subscribing, and every address a host name resolves to when connecting (a name
/// can be pointed at a private address after it was accepted).
/// </summary>
public static class WebhookAddresses
{
    /// <summary>Reachable from the internet: not loopback, private, shared (carrier NAT), link-local, unspecified or multicast.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) ||
            (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224);
    }

    /// <summary>The address a URL names, when it names one rather than a host name.</summary>
    public static IPAddress? Literal(Uri url) => IPAddress.TryParse(url.IdnHost, out var address) ? address : null;

    /// <summary>
    /// Connects to the first address of the host that is public, or of any kind when <paramref name="allowPrivate"/>; a host
    /// with none fails the attempt, saying why, and the delivery is retried and finally given up like any other failure.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowPrivate) =>
        async (context, ct) =>
        {
            var endpoint = context.DnsEndPoint;
            var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, ct);
            var allowed = addresses.Where(a => allowPrivate || IsPublic(a)).ToList();
            if (allowed.Count == 0)
            {
                throw new HttpRequestException(
                    $"{endpoint.Host} resolves only to loopback, private or link-local addresses ({string.Join(", ", addresses.Select(a => a.ToString()))}); webhooks go to public receivers");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed.Select(a => new IPEndPoint(a, endpoint.Port)).First(), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
