using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace KpiActors.TestSupport;

/// <summary>
/// Loopback ports nobody listens on, for what cannot take port 0 (a silo's and its gateway's endpoints are told to the
/// other nodes, so they are fixed before the silo starts). A port is handed out once per process, so two apps started
/// at the same time in one test run never get the same one.
/// </summary>
public static class FreePorts
{
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (HandedOut.TryAdd(port, true))
            {
                return port;
            }
        }
    }

    /// <summary>The settings that give an app's silo ports of its own.</summary>
    public static IReadOnlyDictionary<string, string> SiloSettings() => new Dictionary<string, string>
    {
        ["Orleans:SiloPort"] = Next().ToString(),
        ["Orleans:GatewayPort"] = Next().ToString(),
    };
}
