<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.9" tiledversion="1.9.2" name="marks" tilewidth="32" tileheight="32" tilecount="4" columns="2">
 <image source="marks.png" width="64" height="64"/>
 <tile id="2">
  <animation>
   <frame tileid="2" duration="250"/>
   <frame tileid="3" duration="750"/>
  </animation>
 </tile>
</tileset>
