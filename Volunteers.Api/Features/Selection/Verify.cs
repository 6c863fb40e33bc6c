using System.Text.Encodings.Web;
using System.Text.Unicode;
using FastEndpoints;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection.Verify;

public sealed record Request(string Code);

public sealed class Api(AwardQueries awards) : Endpoint<Request, Verification>
{
    public override void Configure()
    {
        Get("/api/verify/{code}");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        r.Code.Length > 64 || awards.Verify(r.Code.Trim().ToUpperInvariant()) is not { } found
            ? throw DomainException.NotFound(Text.T("证书或证明编码", "Certificate or proof code"))
            : Send.OkAsync(found, ct);
}

/// <summary>What a QR code on a certificate opens: valid or revoked, and a masked name — nothing else.</summary>
public sealed class Page(AwardQueries awards) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/verify/{code}");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var found = r.Code.Length > 64 ? null : awards.Verify(r.Code.Trim().ToUpperInvariant());
        var e = HtmlEncoder.Create(UnicodeRanges.All);
        var body = found is null
            ? "<p class=\"bad\">未找到该编码对应的证书或证明，请核对后再试。</p>"
            : $"""
               <p class="{(found.Valid ? "ok" : "bad")}">{(found.Valid ? "✔ 有效" : "✘ 已撤销")}</p>
               <dl><dt>类型</dt><dd>{(found.Kind == "award" ? "荣誉证书" : "志愿服务记录证明")}</dd>
               <dt>编号</dt><dd>{e.Encode(found.Number)}</dd><dt>姓名</dt><dd>{e.Encode(found.Name)}</dd>
               <dt>名称</dt><dd>{e.Encode(found.Title)}</dd><dt>年度</dt><dd>{found.Year}</dd></dl>
               """;
        var html = $$"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>证书核验</title><style>body{font-family:system-ui,sans-serif;margin:0;padding:20px;line-height:1.6}
            .ok{color:#1b7f3b;font-size:1.4rem;font-weight:700}.bad{color:#b3261e;font-size:1.2rem;font-weight:700}
            dt{color:#666;font-size:.85rem}dd{margin:0 0 8px}</style></head>
            <body><h1>扶欢镇社区教育志愿者证书核验</h1>{{body}}</body></html>
            """;
        return Send.StringAsync(html, found is null ? 404 : 200, "text/html; charset=utf-8", ct);
    }
}
