// The `talk` command line; its commands arrive with the importer.
return 0;
