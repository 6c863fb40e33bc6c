using System.Diagnostics;
using Volunteers.Bench.Data;
using Volunteers.Core.Documents;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 4, in the bench process: the year's 350 certificates through the Core renderer, as one PDF and as 350 files, against
/// the bare PDFsharp loop of <see cref="BareCertificates"/> drawing the same pages. Median of the repetitions, taken in turns.
/// </summary>
public static class Certificates
{
    public const int Awards = 350;
    private const double Kb = 1024;

    public static void Run(Options options, Report report)
    {
        var repetitions = options.Quick ? 3 : 5;
        Console.Error.WriteLine($"Case 4: {Awards} certificates, one file and {Awards} files, against a bare PDFsharp loop ({repetitions}×)...");
        var certificates = Sample(Awards);
        var bare = new BareCertificates();
        AwardCertificate.WriteAll(certificates.Take(20), Stream.Null);
        bare.WriteAll(certificates.Take(20), Stream.Null);

        long oursOne = 0, bareOne = 0, oursFiles = 0, bareFiles = 0;
        var times = new List<double>[4];
        for (var i = 0; i < times.Length; i++) times[i] = [];
        for (var r = 0; r < repetitions; r++)
        {
            times[0].Add(Seconds(() => oursOne = OneFile(s => AwardCertificate.WriteAll(certificates, s))));
            times[1].Add(Seconds(() => bareOne = OneFile(s => bare.WriteAll(certificates, s))));
            times[2].Add(Seconds(() => oursFiles = Files(certificates, AwardCertificate.Write)));
            times[3].Add(Seconds(() => bareFiles = Files(certificates, (c, s) => bare.WriteAll([c], s))));
        }
        var n = $"median of {repetitions}";
        report.Add(new Row("4", $"{Awards} certificates as one PDF ({n})", "s", Median(times[0]), "bare PDFsharp loop, one PDF", Median(times[1]),
            "≤ 1.5×", row => row.Ratio <= 1.5));
        report.Add(new Row("4", $"{Awards} certificates as {Awards} files ({n})", "s", Median(times[2]), $"bare PDFsharp loop, {Awards} files", Median(times[3]),
            "≤ 1.5×", row => row.Ratio <= 1.5));
        report.Add(new Row("4", $"size of the one PDF", "KB", oursOne / Kb, "bare PDFsharp loop", bareOne / Kb, "—", null));
        report.Add(new Row("4", $"size of the {Awards} files, in all", "KB", oursFiles / Kb, "bare PDFsharp loop", bareFiles / Kb, "—", null));
    }

    /// <summary>The year's awardees as the service prints them; one in 35 has a name character only the rare-glyph font carries.</summary>
    public static List<CertificateData> Sample(int count)
    {
        var people = new FakePeople(seed: 350);
        return Enumerable.Range(1, count).Select(i =>
        {
            var name = i % 35 == 0 ? "吉𠮷" + people.Next().Name[1..] : people.Next().Name;
            return new CertificateData(name, "优秀社区教育志愿者",
                $"在2026年扶欢镇社区教育志愿服务中热心奉献、表现突出，全年累计服务 {40 + i % 160}.5 小时，经推荐、审核和公示，被评为：",
                2026, "扶欢镇社区教育学校", new DateOnly(2026, 12, 20), $"扶欢社教〔2026〕第{i:000}号",
                $"https://fuhuan.example.cn/verify/{i:0000}ABCDEFGHJKMNPQRSTVWXYZ");
        }).ToList();
    }

    private static long OneFile(Action<Stream> write)
    {
        using var file = new MemoryStream();
        write(file);
        return file.Length;
    }

    private static long Files(List<CertificateData> certificates, Action<CertificateData, Stream> write) =>
        certificates.Sum(c => OneFile(s => write(c, s)));

    public static double Seconds(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
