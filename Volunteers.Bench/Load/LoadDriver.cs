using System.Diagnostics;
using System.Net;

namespace Volunteers.Bench.Load;

public sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, double[] LatenciesMs)
{
    /// <summary>The same run split by HTTP method (reads and writes of a mix), each over the whole elapsed time.</summary>
    public IReadOnlyDictionary<string, LoadResult> ByMethod { get; init; } = new Dictionary<string, LoadResult>();

    public double PerSecond => Requests / Elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    /// <summary>Nearest rank on the sorted latencies: with fewer than 100 samples the p99 is the slowest one.</summary>
    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];

    public static LoadResult Combine(IEnumerable<LoadResult> parts)
    {
        var list = parts.ToList();
        var latencies = list.SelectMany(r => r.LatenciesMs).ToArray();
        Array.Sort(latencies);
        var methods = list.SelectMany(r => r.ByMethod.Keys).Distinct();
        return new LoadResult(list.Sum(r => r.Requests), list.Sum(r => r.Errors), TimeSpan.FromTicks(list.Sum(r => r.Elapsed.Ticks)), latencies)
        {
            ByMethod = methods.ToDictionary(m => m, m => Combine(list.Select(r => r.ByMethod.GetValueOrDefault(m)).OfType<LoadResult>())),
        };
    }
}

/// <summary>Closed-loop load: each worker sends its next request when the last one has answered, until the count or the time is used up.</summary>
public static class LoadDriver
{
    public static HttpClient Client(Uri address, string? token = null, int connections = 32)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <param name="make">The request for the n-th send (n counts across workers, from 0).</param>
    /// <remarks>A success is <paramref name="success"/>, by default 201 for a POST and 200 otherwise; anything else, or no answer, is an error.</remarks>
    public static async Task<LoadResult> Run(HttpClient client, Func<long, HttpRequestMessage> make, int workers, TimeSpan duration,
        int maxRequests = int.MaxValue, Action<string>? onError = null, HttpStatusCode? success = null)
    {
        long next = -1;
        var errors = new Dictionary<string, int>();
        var latencies = new List<(string Method, double Ms)>[workers];
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = new List<(string, double)>(4096);
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= maxRequests) break;
                using var request = make(n);
                var method = request.Method.Method;
                var expected = success ?? (method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    var ok = response.StatusCode == expected;
                    if (!ok)
                    {
                        lock (errors) errors[method] = errors.GetValueOrDefault(method) + 1;
                        onError?.Invoke($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lock (errors) errors[method] = errors.GetValueOrDefault(method) + 1;
                    onError?.Invoke(e.Message);
                }
                mine.Add((method, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        }).ToList();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;
        var samples = latencies.SelectMany(l => l).ToList();
        LoadResult Of(IEnumerable<(string Method, double Ms)> part, int failed)
        {
            var sorted = part.Select(x => x.Ms).ToArray();
            Array.Sort(sorted);
            return new LoadResult(sorted.Length, failed, elapsed, sorted);
        }
        return Of(samples, errors.Values.Sum()) with
        {
            ByMethod = samples.GroupBy(x => x.Method).ToDictionary(g => g.Key, g => Of(g, errors.GetValueOrDefault(g.Key))),
        };
    }
}
