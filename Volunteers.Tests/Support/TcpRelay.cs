using System.Net;
using System.Net.Sockets;

namespace Volunteers.Tests.Support;

/// <summary>
/// Passes TCP connections on to a server, until <see cref="Cut"/> drops every open one and refuses new ones (the server gone,
/// as far as the client can tell) and <see cref="Restore"/> lets them through again on the same port.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener _listener;
    private CancellationTokenSource _running = new();

    public TcpRelay(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Accept(_listener, _running.Token);
    }

    public int Port { get; }

    public void Cut()
    {
        _running.Cancel();
        _listener.Stop();
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    public void Restore()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = Accept(_listener, _running.Token);
    }

    private async Task Accept(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(ct); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            var server = new TcpClient();
            try { await server.ConnectAsync(_target, ct); }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }
            lock (_open) _open.AddRange([client, server]);
            _ = Pump(client.GetStream(), server.GetStream(), client, server);
            _ = Pump(server.GetStream(), client.GetStream(), client, server);
        }
    }

    private static async Task Pump(Stream from, Stream to, TcpClient a, TcpClient b)
    {
        try { await from.CopyToAsync(to); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException) { }
        a.Dispose();
        b.Dispose();
    }

    public void Dispose() => Cut();
}
