using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FastEndpoints;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town.ProgressPage;

/// <summary>The public progress page: plain HTML with CSS bars, no script, readable on a phone inside WeChat.</summary>
public sealed class Endpoint(ProgressQueries progress, TownQueries town, TimeProvider clock) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/progress");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var p = progress.For(ShanghaiTime.Today(clock).Year);
        HttpContext.Response.Headers.CacheControl = "public, max-age=60";
        var settings = town.Get();
        return Send.StringAsync(Render(settings.Name, settings.TargetRatio, p), 200, "text/html; charset=utf-8", ct);
    }

    private static string Render(string townName, decimal ratio, Core.Town.Progress p)
    {
        var e = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{e.Encode(townName)}}社区教育志愿者招募进度</title>
            <style>
            body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;color:#222;background:#f7f7f4;line-height:1.5}
            h1{font-size:1.3rem;margin:0 0 4px}h2{font-size:1.05rem;margin:24px 0 8px}.note{color:#666;font-size:.85rem}
            .big{font-size:2rem;font-weight:700;color:#b3261e}.card{background:#fff;border-radius:8px;padding:12px 14px;margin:10px 0}
            .row{margin:10px 0}.label{display:flex;justify-content:space-between;font-size:.95rem}
            .bar{height:14px;background:#e8e5df;border-radius:7px;overflow:hidden}.fill{height:100%;background:#c8102e}
            </style></head><body>
            <h1>{{e.Encode(townName)}}社区教育志愿者招募进度</h1>
            <p class="note">{{p.Year}} 年 · 目标为常住人口的 {{(ratio * 100).ToString("0.##", CultureInfo.InvariantCulture)}}%</p>
            <div class="card"><div>已在册志愿者</div>
            <div><span class="big">{{p.Town.Active}}</span> / 目标 {{p.Town.Target}} 人（{{p.Town.PercentOfTarget.ToString("0.#", CultureInfo.InvariantCulture)}}%）</div>
            {{Bar(p.Town.Active, p.Town.Target)}}
            <p class="note">本年度参加服务 {{p.Town.Serving}} 人 · 待审核登记 {{p.Town.Pending}} 人</p></div>
            <h2>各学习点</h2>
            """);
        foreach (var point in p.LearningPoints)
            html.Append($"""<div class="row"><div class="label"><span>{e.Encode(point.Name)}</span><span>{point.Active} / {point.Target}</span></div>{Bar(point.Active, point.Target)}</div>""").Append('\n');
        html.Append("""<p class="note">只显示汇总人数，不含任何个人信息。扫码或打开“/register”即可报名成为志愿者。</p></body></html>""");
        return html.ToString();
    }

    private static string Bar(long value, int target)
    {
        var percent = target <= 0 ? 100 : Math.Min(100, value * 100.0 / target);
        return $"""<div class="bar" role="img" aria-label="完成 {percent:0}%"><div class="fill" style="width:{percent.ToString("0.#", CultureInfo.InvariantCulture)}%"></div></div>""";
    }
}
