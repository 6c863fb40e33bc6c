using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Volunteers.Bench.Load;

/// <summary>A server in a process of its own on 127.0.0.1, so its memory is its own and it shares nothing with the load driver but the machine.</summary>
public sealed class ChildServer : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ChildServer(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }
    public int ProcessId => _process.Id;

    public static async Task<ChildServer> Start(string name, string dll, IEnumerable<string> args, IDictionary<string, string> environment, string logPath)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ChildServer(process, log, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        server.Dispose();
        throw new InvalidOperationException($"{name} did not answer /healthz within 60 s; its output is in {logPath}");
    }

    /// <summary>Peak resident set (the working set on Linux) since the process started, from the kernel's high-water mark.</summary>
    public long PeakWorkingSetBytes() => StatusKilobytes("VmHWM:") * 1024;

    public long WorkingSetBytes() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>Starts the high-water mark afresh from the current working set (Linux 4.0+), to measure the peak of one step.</summary>
    public void ResetPeakWorkingSet() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
