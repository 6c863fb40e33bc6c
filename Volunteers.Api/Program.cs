using System.Globalization;
using FastEndpoints;
using FastEndpoints.Swagger;
using FluentValidation.Results;
using Microsoft.AspNetCore.Localization;
using Volunteers.Api.Setup;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Core.Common;

// backup and restore run and exit here, before any web host is built, so they never listen on a port.
if (Commands.Handles(args)) return Commands.Run(args);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(k =>
{
    k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
    k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
});
builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
{
    Timeout = TimeSpan.FromSeconds(60),
    TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
});
builder.Services.KeepRequestPathsOutOfLogs();
builder.Services.AddVolunteersCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAuthentication(TokenAuthentication.SchemeName)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CardAuthentication>(CardAuthentication.SchemeName, null);
builder.Services.AddAuthorization();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddProblemDetails();
builder.Services.AddVolunteersRateLimits(builder.Configuration);
builder.Services.AddPages();
builder.Services.AddFastEndpoints().AddVolunteersOpenApi();

var app = builder.Build();
app.PrepareDatabase();

app.UseMiddleware<SecurityHeaders>();
app.UseResponseCompression();
app.UseExceptionHandler();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("zh-CN"),
    SupportedCultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
});
app.UseStatusCodePages(context => context.HttpContext.Response.ContentLength is null or 0 && !context.HttpContext.Response.HasStarted
    ? Problems.Write(context.HttpContext, context.HttpContext.Response.StatusCode, null)
    : Task.CompletedTask);
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseMiddleware<BodySizeLimit>();
app.UseMiddleware<EmptyBodyAsJson>();
// Before authentication: the card's holder is the request's first cached lookup.
var database = app.Services.GetRequiredService<Volunteers.Core.Data.Database>();
app.Use((context, next) => database.HoldingGeneration(() => next(context)));
app.UseAuthentication();
app.UseAuthorization();
app.UseFastEndpoints(c =>
{
    c.Errors.ContentType = Problems.MediaType;
    c.Errors.ProducesMetadataType = typeof(ProblemBody);
    c.Errors.ResponseBuilder = (failures, context, status) => Problems.FromFailures(failures, context, status);
    c.Binding.FailureMessage = Problems.BindingFailure;
    c.Binding.JsonExceptionTransformer = e => new ValidationFailure(
        e.Path is { Length: > 2 } path ? Problems.FieldName(path) : "body",
        e is NoSuchDayException noSuchDay ? noSuchDay.Reason : Text.T("JSON 格式有误，或字段的类型不正确", "The JSON is malformed, or a field has the wrong type"));
    c.Serializer.Options.Converters.Add(new DateOnlyJson());
    c.Serializer.Options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    // A field the API does not know is a mistake worth hearing about (a typo in a script, a stale client), not something to drop silently.
    c.Serializer.Options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
});
app.UseVolunteersOpenApi();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();

app.Run();
return 0;

public partial class Program;
