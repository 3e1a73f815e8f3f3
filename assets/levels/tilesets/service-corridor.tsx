<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.9" tiledversion="1.9.2" name="service-corridor" tilewidth="20" tileheight="20" tilecount="16" columns="8" tilerendersize="grid">
 <image source="service-corridor.png" width="160" height="40"/>
 <tile id="9">
  <animation>
   <frame tileid="9" duration="700"/>
   <frame tileid="15" duration="300"/>
  </animation>
 </tile>
</tileset>
