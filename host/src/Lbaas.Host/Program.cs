using Lbaas.Host.Hosting;

var builder = LbaasApplication.CreateBuilder(args);
LbaasApplication.AddServices(builder);
var app = builder.Build();
LbaasApplication.UsePipeline(app);
await app.RunAsync();
