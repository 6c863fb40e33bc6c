using System.Security.Cryptography;
using FastEndpoints;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Exports.ImportVolunteers;

public sealed class Request
{
    public IFormFile? File { get; set; }
    public bool DryRun { get; set; }
}

/// <summary>A multipart upload (field "file"), as curl -F and every REST client send one; a dry run answers 200, an import 201.</summary>
public sealed class Endpoint(ImportCommands import) : Endpoint<Request, ImportReport>
{
    public override void Configure()
    {
        Post("/api/imports/volunteers");
        Roles(Access.Staff);
        AllowFileUploads();
        // Room for the multipart envelope around a file of the largest size allowed; Kestrel answers 413 past it.
        Options(b => b.WithMetadata(new RequestSizeLimitAttribute(ImportLayout.MaxBytes + 64 * 1024)));
        Description(x => x.Created(alsoOk: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (r.File is null) throw DomainException.Invalid("file", Text.T("请以 multipart/form-data 上传文件，字段名为 file", "Upload the sheet as multipart/form-data in a field named file"));
        if (r.File.Length > ImportLayout.MaxBytes)
            throw DomainException.TooLarge("file", Text.T($"文件不能超过 {ImportLayout.MaxBytes / 1024 / 1024} MB", $"The file may be at most {ImportLayout.MaxBytes / 1024 / 1024} MB"));
        using var buffer = new MemoryStream((int)r.File.Length);
        await r.File.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var key = IdempotencyHeader.From(HttpContext, new { r.DryRun, file = Convert.ToHexString(SHA256.HashData(bytes)) });
        var report = import.Run(User.Caller(), bytes, r.DryRun, r.DryRun ? null : key);
        await Send.ResponseAsync(report, r.DryRun ? 200 : 201, ct);
    }
}
