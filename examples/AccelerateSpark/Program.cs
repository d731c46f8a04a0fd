// Renders every talk of this assembly into out/ (filled in with the example).
return 0;
